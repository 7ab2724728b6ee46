package vn.hanoi.danvan.api.oversight;

import java.util.List;

/**
 * A table as city reports are made of it: Vietnamese headers, then rows of text, whole numbers and
 * fractions (null: an empty cell). Only oversight figures go in, never personal data.
 */
record ExportTable(String title, List<String> headers, List<List<Object>> rows) {}
