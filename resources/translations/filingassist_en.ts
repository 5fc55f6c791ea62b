<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>filingassist</name>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n package(s) waiting to be sent or receipted</source>
      <translation>
        <numerusform>%n package waiting to be sent or receipted</numerusform>
        <numerusform>%n packages waiting to be sent or receipted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>overdue by %n day</numerusform>
        <numerusform>overdue by %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sequence(s)</source>
      <translation>
        <numerusform>%n sequence</numerusform>
        <numerusform>%n sequences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Term list installed: %n term(s).</source>
      <translation>
        <numerusform>Term list installed: %n term.</numerusform>
        <numerusform>Term list installed: %n terms.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fee data %n day(s) old</source>
      <translation>
        <numerusform>Fee data %n day old</numerusform>
        <numerusform>Fee data %n days old</numerusform>
      </translation>
    </message>
    <!-- branch: formupgrade -->
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) cannot be carried over: give them again.</source>
      <translation>
        <numerusform>%n value cannot be carried over: give it again.</numerusform>
        <numerusform>%n values cannot be carried over: give them again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>After the upgrade, the draft has %n error(s) to fix.</source>
      <translation>
        <numerusform>After the upgrade, the draft has %n error to fix.</numerusform>
        <numerusform>After the upgrade, the draft has %n errors to fix.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s): older than a year, check for an update</source>
      <translation>
        <numerusform>%n day: older than a year, check for an update</numerusform>
        <numerusform>%n days: older than a year, check for an update</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amount} for up to %n class(es), {further} per further class</source>
      <translation>
        <numerusform>{amount} for up to %n class, {further} per further class</numerusform>
        <numerusform>{amount} for up to %n classes, {further} per further class</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amounts} for the first %n classes, {further} per further class</source>
      <translation>
        <numerusform>{amounts} for the first %n class, {further} per further class</numerusform>
        <numerusform>{amounts} for the first %n classes, {further} per further class</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fee figure(s) to be confirmed: check them at the source before paying</source>
      <translation>
        <numerusform>%n fee figure to be confirmed: check it at the source before paying</numerusform>
        <numerusform>%n fee figures to be confirmed: check them at the source before paying</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n application(s) filed: the receipts are in Receipts.</source>
      <translation>
        <numerusform>%n application filed: the receipt is in Receipts.</numerusform>
        <numerusform>%n applications filed: the receipts are in Receipts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) old</source>
      <translation>
        <numerusform>%n day old</numerusform>
        <numerusform>%n days old</numerusform>
      </translation>
    </message>
  </context>
</TS>
