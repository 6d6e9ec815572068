/**
 * Centricity workbooks: the first sheet of an {@code .xlsx} workbook read as a cohort, streamed,
 * with the rules of core's CSV reader.
 *
 * <p>Exports {@code dev.centricity.xlsx} only; the sheet reading ({@code
 * dev.centricity.xlsx.internal}) stays hidden. FastExcel is a dependency of this module alone.
 */
module dev.centricity.xlsx {
  requires transitive dev.centricity.core;
  requires static org.immutables.value; // to read the annotations on core's classes
  requires org.dhatim.fastexcel.reader;

  exports dev.centricity.xlsx;
}
