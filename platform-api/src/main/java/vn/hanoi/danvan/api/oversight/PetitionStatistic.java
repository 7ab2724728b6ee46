package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;

/** One group of petition statistics; the dimensions not grouped by are null. */
record PetitionStatistic(
        String unitCode, String unitName, String kind, String channel, String state, LocalDate month, int petitions) {}
