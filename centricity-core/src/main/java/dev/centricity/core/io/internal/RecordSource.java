package dev.centricity.core.io.internal;

/**
 * Where a cohort's records come from: a CSV parser, or rows already split into cells (a workbook's
 * sheet). Not thread-safe.
 */
interface RecordSource extends AutoCloseable {

  /**
   * The next record.
   *
   * @return the record, or null at the end
   */
  CsvParser.Record next();

  /** The separator between fields, or 0 for rows that were split already. */
  char separator();

  /** The charset's name, or null for rows that were decoded already. */
  String charsetName();

  @Override
  void close();
}
