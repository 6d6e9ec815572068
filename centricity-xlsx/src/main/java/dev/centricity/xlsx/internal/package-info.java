/** The sheet reading behind {@link dev.centricity.xlsx.WorkbookReader}; not exported. */
package dev.centricity.xlsx.internal;
