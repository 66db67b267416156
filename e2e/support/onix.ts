/**
 * A small ONIX 3.0 message written for a journey: books with valid ISBN-13s and NOK prices
 * (Norway's fixed price, type 04), and optionally records the importer must skip.
 */
export type OnixBook = { isbn12: string; title: string; author: string; price: string; releaseDate: string; bad?: boolean };

/** The ISBN-13 for its first twelve digits: the check digit computed, or (bad) deliberately wrong. */
export function isbn13(first12: string, bad = false): string {
  const sum = [...first12].reduce((acc, digit, index) => acc + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  return first12 + String(bad ? (check + 1) % 10 : check);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function product(book: OnixBook, index: number): string {
  const [last, ...first] = book.author.split(' ').reverse();
  return `<Product>
  <RecordReference>e2e-${index + 1}</RecordReference>
  <NotificationType>03</NotificationType>
  <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>${isbn13(book.isbn12, book.bad)}</IDValue></ProductIdentifier>
  <DescriptiveDetail>
    <ProductComposition>00</ProductComposition>
    <ProductForm>BB</ProductForm>
    <TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>${escape(book.title)}</TitleText></TitleElement></TitleDetail>
    <Contributor><SequenceNumber>1</SequenceNumber><ContributorRole>A01</ContributorRole><PersonName>${escape(book.author)}</PersonName><NamesBeforeKey>${escape(first.reverse().join(' '))}</NamesBeforeKey><KeyNames>${escape(last ?? '')}</KeyNames></Contributor>
    <Language><LanguageRole>01</LanguageRole><LanguageCode>nob</LanguageCode></Language>
    <Subject><SubjectSchemeIdentifier>93</SubjectSchemeIdentifier><SubjectCode>FBA</SubjectCode></Subject>
  </DescriptiveDetail>
  <PublishingDetail>
    <Publisher><PublishingRole>01</PublishingRole><PublisherName>Journeyforlaget</PublisherName></Publisher>
    <PublishingStatus>04</PublishingStatus>
    <PublishingDate><PublishingDateRole>01</PublishingDateRole><Date>${book.releaseDate.replaceAll('-', '')}</Date></PublishingDate>
  </PublishingDetail>
  <ProductSupply>
    <Market><Territory><CountriesIncluded>NO</CountriesIncluded></Territory></Market>
    <SupplyDetail>
      <Supplier><SupplierRole>01</SupplierRole><SupplierName>Journeyforlaget</SupplierName></Supplier>
      <ProductAvailability>21</ProductAvailability>
      <Price><PriceType>04</PriceType><PriceAmount>${book.price}</PriceAmount><CurrencyCode>NOK</CurrencyCode><Territory><CountriesIncluded>NO</CountriesIncluded></Territory></Price>
    </SupplyDetail>
  </ProductSupply>
</Product>`;
}

export function onixMessage(books: readonly OnixBook[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ONIXMessage release="3.0" xmlns="http://ns.editeur.org/onix/3.0/reference">
<Header><Sender><SenderName>Hylle e2e</SenderName></Sender><SentDateTime>20260101T1200Z</SentDateTime></Header>
${books.map(product).join('\n')}
</ONIXMessage>
`;
}
