<?xml version="1.0" encoding="UTF-8"?>
<!-- The indexes of the Zebra oracle: 001 as id, 245 $a as title, 100 $a as author, both as any. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:m="http://www.loc.gov/MARC21/slim"
    xmlns:z="http://indexdata.com/zebra-2.0">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="text()"/>
  <xsl:template match="/m:record">
    <z:record z:id="{m:controlfield[@tag='001']}">
      <z:index name="id:w"><xsl:value-of select="m:controlfield[@tag='001']"/></z:index>
      <xsl:for-each select="m:datafield[@tag='245']/m:subfield[@code='a']">
        <z:index name="title:w title:p any:w"><xsl:value-of select="."/></z:index>
      </xsl:for-each>
      <xsl:for-each select="m:datafield[@tag='100']/m:subfield[@code='a']">
        <z:index name="author:w author:p any:w"><xsl:value-of select="."/></z:index>
      </xsl:for-each>
    </z:record>
  </xsl:template>
</xsl:stylesheet>
