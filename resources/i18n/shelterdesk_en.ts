<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>RegisterView</name>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Letters for the %n selected person(s)…</source>
      <translation>
        <numerusform>Letters for the %n selected person…</numerusform>
        <numerusform>Letters for the %n selected persons…</numerusform>
      </translation>
    </message>
  </context>
</TS>
