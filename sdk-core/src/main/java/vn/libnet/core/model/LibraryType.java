package vn.libnet.core.model;

/**
 * The eight kinds of library of the Law on Libraries (Luật Thư viện, 46/2019/QH14), Article 9.
 */
public enum LibraryType {
  /** Thư viện Quốc gia Việt Nam: the National Library of Vietnam. */
  NATIONAL,
  /** Thư viện công cộng: public libraries of provinces and communes. */
  PUBLIC,
  /** Thư viện chuyên ngành: specialised libraries of agencies and research institutions. */
  SPECIALIZED,
  /** Thư viện lực lượng vũ trang nhân dân: libraries of the armed forces and the police. */
  ARMED_FORCES,
  /** Thư viện đại học: libraries of universities and other higher-education institutions. */
  UNIVERSITY,
  /** Thư viện cơ sở giáo dục phổ thông: school libraries. */
  SCHOOL,
  /** Thư viện cơ sở giáo dục nghề nghiệp và cơ sở giáo dục khác: vocational and other education. */
  VOCATIONAL_AND_OTHER_EDUCATION,
  /** Thư viện cộng đồng và thư viện tư nhân có phục vụ cộng đồng: community and private libraries. */
  COMMUNITY_AND_PRIVATE
}
