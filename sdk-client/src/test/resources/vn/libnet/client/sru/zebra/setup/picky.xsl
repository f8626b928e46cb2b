<?xml version="1.0" encoding="UTF-8"?>
<!-- Fails on the record whose 001 is vn002, so that YAZ sends a surrogate diagnostic in its place. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:m="http://www.loc.gov/MARC21/slim">
  <xsl:template match="/">
    <xsl:if test="m:record/m:controlfield[@tag='001'] = 'vn002'"><xsl:message terminate="yes">withheld</xsl:message></xsl:if>
    <xsl:copy-of select="."/>
  </xsl:template>
</xsl:stylesheet>
