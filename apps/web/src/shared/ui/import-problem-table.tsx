import { TableScroll } from './table-scroll.tsx';

interface Props {
  problems: readonly { line: number; message: string }[];
  /** Names the table (caption) and its scroll region. */
  label: string;
  lineHeader: string;
  problemHeader: string;
}

/** Every line of an imported CSV file that could not be taken, with the import's reason. */
export function ImportProblemTable({ problems, label, lineHeader, problemHeader }: Props) {
  return (
    <TableScroll label={label}>
      <table className="problem-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {lineHeader}
            </th>
            <th scope="col">{problemHeader}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={`${problem.line}-${index}`}>
              <td className="numeric">{problem.line}</td>
              {/* The import's own words are English; said so, screen readers pronounce them right. */}
              <td lang="en" className="break-word">
                {problem.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
