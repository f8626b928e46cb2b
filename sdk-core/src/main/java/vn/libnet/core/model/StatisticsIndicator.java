package vn.libnet.core.model;

/**
 * The yearly indicators a library reports, after TCVN 12843:2019 (ISO 2789:2013, International library
 * statistics). Each belongs to one of the standard's areas and has a unit.
 */
public enum StatisticsIndicator {
  /** Physical units in the collection at year end (ISO 2789 §6.2). */
  COLLECTION_PHYSICAL_UNITS(Area.COLLECTION, "units"),
  /** Titles in the collection at year end. */
  COLLECTION_TITLES(Area.COLLECTION, "titles"),
  /** Electronic titles the library gives access to (e-books, e-journals, databases). */
  COLLECTION_ELECTRONIC_TITLES(Area.COLLECTION, "titles"),
  /** Physical units added during the year. */
  COLLECTION_ADDITIONS(Area.COLLECTION, "units"),
  /** Digitized documents produced during the year. */
  DIGITIZED_DOCUMENTS(Area.COLLECTION, "documents"),
  /** Registered users at year end (§6.3). */
  REGISTERED_USERS(Area.USERS, "persons"),
  /** Registered users who used the library during the year. */
  ACTIVE_USERS(Area.USERS, "persons"),
  /** Physical visits. */
  VISITS(Area.USE, "visits"),
  /** Virtual visits to the library's web services. */
  VIRTUAL_VISITS(Area.USE, "visits"),
  /** Loans, renewals included. */
  LOANS(Area.USE, "loans"),
  /** Interlibrary loans supplied to other libraries. */
  INTERLIBRARY_LOANS_SUPPLIED(Area.USE, "loans"),
  /** Interlibrary loans received from other libraries. */
  INTERLIBRARY_LOANS_RECEIVED(Area.USE, "loans"),
  /** Content units downloaded from electronic collections. */
  CONTENT_DOWNLOADS(Area.USE, "downloads"),
  /** Reference questions answered. */
  REFERENCE_QUESTIONS(Area.USE, "questions"),
  /** User training sessions and events held. */
  EVENTS(Area.USE, "events"),
  /** Attendances at those sessions and events. */
  EVENT_ATTENDANCES(Area.USE, "persons"),
  /** Seats for users (§6.4). */
  USER_SEATS(Area.ACCESS, "seats"),
  /** Computers for users. */
  PUBLIC_COMPUTERS(Area.ACCESS, "workstations"),
  /** Opening hours in a typical week. */
  OPENING_HOURS_PER_WEEK(Area.ACCESS, "hours"),
  /** Floor area for users, in square metres. */
  USER_AREA_M2(Area.ACCESS, "m2"),
  /** Total operating expenditure (§6.5), in Vietnamese đồng. */
  EXPENDITURE_TOTAL_VND(Area.EXPENDITURE, "VND"),
  /** Expenditure on the collection. */
  EXPENDITURE_COLLECTION_VND(Area.EXPENDITURE, "VND"),
  /** Staff in full-time equivalents (§6.6). */
  STAFF_FTE(Area.STAFF, "FTE"),
  /** Staff with a library or information qualification, in full-time equivalents. */
  PROFESSIONAL_STAFF_FTE(Area.STAFF, "FTE");

  /** The areas of ISO 2789's data collection. */
  public enum Area {
    /** Collection. */
    COLLECTION,
    /** Users. */
    USERS,
    /** Use and services. */
    USE,
    /** Access and facilities. */
    ACCESS,
    /** Expenditure. */
    EXPENDITURE,
    /** Staff. */
    STAFF
  }

  private final Area area;
  private final String unit;

  StatisticsIndicator(Area area, String unit) {
    this.area = area;
    this.unit = unit;
  }

  /** The area of the standard the indicator belongs to. */
  public Area area() {
    return area;
  }

  /** The unit the value is counted in. */
  public String unit() {
    return unit;
  }
}
