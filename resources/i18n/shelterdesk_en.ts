<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>AuditView</name>
    <message numerus="yes">
      <source>%n entry(s), newest first; scroll down for older ones.</source>
      <translation>
        <numerusform>%n entry, newest first; scroll down for older ones.</numerusform>
        <numerusform>%n entries, newest first; scroll down for older ones.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first.</source>
      <translation>
        <numerusform>%n entry, newest first.</numerusform>
        <numerusform>%n entries, newest first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
      <source>The %n person(s) selected in the register.</source>
      <translation>
        <numerusform>The %n person selected in the register.</numerusform>
        <numerusform>The %n persons selected in the register.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Issued %n letter(s).</source>
      <translation>
        <numerusform>Issued %n letter.</numerusform>
        <numerusform>Issued %n letters.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Skipped %n case(s).</source>
      <translation>
        <numerusform>Skipped %n case.</numerusform>
        <numerusform>Skipped %n cases.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message numerus="yes">
      <source>in the shelter for %n days</source>
      <translation>
        <numerusform>in the shelter for %n day</numerusform>
        <numerusform>in the shelter for %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Nothing was saved: %n field(s) need attention. Each message is next to its field.</source>
      <translation>
        <numerusform>Nothing was saved: %n field need attention. Each message is next to its field.</numerusform>
        <numerusform>Nothing was saved: %n fields need attention. Each message is next to its field.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message numerus="yes">
      <source>%n people in the shelter</source>
      <translation>
        <numerusform>%n person in the shelter</numerusform>
        <numerusform>%n people in the shelter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue referrals</source>
      <translation>
        <numerusform>%n overdue referral</numerusform>
        <numerusform>%n overdue referrals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n follow-ups due this week</source>
      <translation>
        <numerusform>%n follow-up due this week</numerusform>
        <numerusform>%n follow-ups due this week</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open needs</source>
      <translation>
        <numerusform>%n open need</numerusform>
        <numerusform>%n open needs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsOverview</name>
    <message numerus="yes">
      <source>%n referral(s) waiting</source>
      <translation>
        <numerusform>%n referral waiting</numerusform>
        <numerusform>%n referrals waiting</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>on %n agency(s);</source>
      <translation>
        <numerusform>on %n agency;</numerusform>
        <numerusform>on %n agencies;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue.</source>
      <translation>
        <numerusform>%n overdue.</numerusform>
        <numerusform>%n overdue.</numerusform>
      </translation>
    </message>
  </context>
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
  <context>
    <name>RetentionPanel</name>
    <message numerus="yes">
      <source>%n case(s) would be anonymised now.</source>
      <translation>
        <numerusform>%n case would be anonymised now.</numerusform>
        <numerusform>%n cases would be anonymised now.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</source>
      <translation>
        <numerusform>%n case will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</numerusform>
        <numerusform>%n cases will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) anonymised.</source>
      <translation>
        <numerusform>%n case anonymised.</numerusform>
        <numerusform>%n cases anonymised.</numerusform>
      </translation>
    </message>
  </context>
</TS>
