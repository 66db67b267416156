/** A free extra field's value on a line, kept by name so the line reads the same after the field changes. */
export type ExtraFieldValue = { name: string; value: string };
