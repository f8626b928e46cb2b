package vn.libnet.digital.bagit;

import vn.libnet.core.error.ErrorCode;

/** Why a bag could not be made; the codes of {@link BagException}. */
public enum BagFailure implements ErrorCode {
  /** The folder or file to bag does not exist or cannot be read. */
  BAGIT_CREATE_SOURCE_MISSING,
  /** Something already exists where the bag would go. */
  BAGIT_CREATE_TARGET_EXISTS,
  /** Two files of the source have one name under Unicode NFC. */
  BAGIT_CREATE_NAME_CLASH,
  /** The source holds a symbolic link, which is not bagged. */
  BAGIT_CREATE_SYMLINK,
  /** Reading the source or writing the bag failed. */
  BAGIT_CREATE_IO,
  /** The folder's files are not those of the object being bagged. */
  BAGIT_CREATE_OBJECT_MISMATCH,
  /** An archive's entry would be written outside the folder it is unpacked into. */
  BAGIT_ARCHIVE_UNSAFE_PATH,
  /** An archive does not hold one bag under one top folder. */
  BAGIT_ARCHIVE_NOT_ONE_BAG,
  /** An archive unpacks to more bytes or entries than allowed. */
  BAGIT_ARCHIVE_TOO_LARGE,
  /** An archive's entry is a symbolic or hard link, a device or a pipe, which a bag never holds. */
  BAGIT_ARCHIVE_SPECIAL_ENTRY,
  /** An archive ends early or is damaged at an entry. */
  BAGIT_ARCHIVE_DAMAGED,
  /** An archive is neither zip, tar nor gzip-compressed tar. */
  BAGIT_ARCHIVE_UNKNOWN_FORMAT,
  /** A move-mode run left payload in its work folder, and it could not be put back or finished. */
  BAGIT_CREATE_MOVE_UNFINISHED
}
