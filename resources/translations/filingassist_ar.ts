<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>filingassist</name>
    <message>
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>French</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spanish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All designated States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All designated States except the United States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The United States only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Common representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credit card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deposit account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WIPO current account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Through the Office of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Individual mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collective mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certification mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guarantee mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Three-dimensional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hologram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Multimedia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figurative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Combined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shape (3-D)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Domicile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Real and effective establishment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Natural person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal entity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use in commerce</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intent to use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foreign registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foreign application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International (PCT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request in XML</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything in XML</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nordic Patent Institute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visegrad Patent Institute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>European Patent Office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All changes saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The fee tables are not installed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attach a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not attach the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit {field}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save: {error}. Retrying…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attaching {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All changes saved · revision {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose Contracting Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contracting Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fees as of {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Individual fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complementary fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language and data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate fingerprint (SHA-256)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask the office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare the fingerprint with the one the office gave you before adding it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking the office…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adding the office…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new data folder is used from the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New keys are created from the sign dialog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign the application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicants:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fees:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Application data (XML and JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put it in the outbox to send when the office is reachable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the key holder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creating the key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing… (you can keep working)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files in the package:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warning:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct the errors before signing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing is not available in this installation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the passphrase for the new key first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose or create a key first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valid as of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fees cannot be calculated yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(incomplete: some amounts are not in the fee table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee table valid as of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No problems found. The application is ready to sign.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basis: {basis}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggestions: {items}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{errors} errors, {warnings} warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No errors; {warnings} warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose classes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose Contracting Parties…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One entry per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unreadable image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No file. Drop a file here or choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the term list and press Enter to add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the term list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} sequences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New MM2 from a basic mark…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search all drafts (names, marks, terms…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search drafts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drafts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No drafts yet. Start a new application above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New trademark application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Madrid application (MM2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New patent application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filing Assistant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print summary as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Main toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reference data: loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the basic mark record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import an application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Application documents (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Application summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filing receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reference data: not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No office is set up: add one in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The application of this notice is not here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office reachable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The office has receipted package {package}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed: package {package}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reference data valid as of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trademark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Madrid (MM2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Queued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent, awaiting receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt could not be verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Irregularity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledgement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provisional refusal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try to send every queued package now (Ctrl+Shift+Return)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing waiting to be sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Application number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filing date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Days left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Respond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress of {package}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} packages waiting to be sent or receipted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this receipt: it proves the date the office received your application.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Package digest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>individual fee (amount not in the table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(complementary fee)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International application under the Madrid Protocol (MM2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Form MM2: application for international registration of a mark, filed through the Office of origin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your reference and the language of the international application.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contracting Party whose Office is the Office of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name and address must be the same as those of the holder of the basic mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entitlement to file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick at least one: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basic application or basic registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority claimed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour(s) claimed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Miscellaneous indications</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goods and services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Designated Contracting Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signature by the applicant or the representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certification and signature of the international application by the Office of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee calculation sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entitlement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ground</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basic applications and registrations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basic mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier filing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Limitations for designated Contracting Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Limitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicant's or representative's reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of the international application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English, French or Spanish, as the Office of origin permits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of the international application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date the Office of origin receives it; used for the priority period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office of origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country of address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address for correspondence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Communications with the International Bureau are electronic; an e-mail address is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telephone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferred language for correspondence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The applicant is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nationality (natural person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal nature (legal entity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State under whose law the legal entity is organised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State or Contracting Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basic mark record imported from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filled by “prefill from the basic mark”; used to check that the mark and goods stay consistent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark in the basic record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Holder in the basic record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goods and services in the basic record (class: term)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office of the earlier filing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of the earlier filing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of the earlier filing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goods and services covered, if not all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verbal element of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The applicant wishes the mark to be considered a mark in standard characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reproduction of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JPEG or PNG image of the mark, as in the basic application or registration.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The reproduction of the mark is in colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour is claimed as a distinctive feature of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour or combination of colours claimed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Principal parts of the mark that are in each colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transliteration of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Translation of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disclaimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nice class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One term per line, as in the Nice Alphabetical List where possible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Designated Contracting Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goods and services kept for this party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declaration of intention to use the mark (MM18) is annexed (United States designated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MM18 signed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed MM18 form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the signatory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text-string signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date on which the Office of origin received the request to present this application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the certifying official</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method of payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WIPO current account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payment reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the payer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total amount paid (CHF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Must equal the total of the fee calculation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patent application (PCT request or national)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International application under the PCT (request form PCT/RO/101) or a national patent application, with description, claims, abstract and drawings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Route, receiving Office and language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title of invention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Further applicants and/or inventors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agent or common representative; address for correspondence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Designations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International Searching Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declarations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signature of applicant, agent or common representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description, claims, abstract and drawings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee calculation and payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inventors (who are not applicants)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inventor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drawings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drawing sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filing route</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving Office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For the PCT: the Office of a State of residence or nationality of an applicant, or the International Bureau (IB).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of filing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicant's or agent's file reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most 12 characters on the PCT request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intended international filing date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Used to check the priority period; the receiving Office sets the filing date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State of nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State of residence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This applicant is a natural person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This applicant is also an inventor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicant for the purposes of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appointed as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agent's registration number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All PCT Contracting States are designated (Rule 4.9(a))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>States excluded from designation (Rule 4.9(b))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office of the national application (national route)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office of the earlier application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of the earlier application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filing date of the earlier application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of earlier application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declaration as to the identity of the inventor (Rule 4.17(i))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to apply for and be granted a patent (Rule 4.17(ii))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to claim priority (Rule 4.17(iii))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declaration of inventorship (Rule 4.17(iv))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declaration as to non-prejudicial disclosures (Rule 4.17(v))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheets of the request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheets of the description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheets of the claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheets of the abstract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheets of the drawings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Power of attorney</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figure of the drawings to accompany the abstract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/ (PCT Annex F).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technical field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Background art</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description of the invention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Separate paragraphs with a blank line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brief description of the drawings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claim number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claim text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Abstract</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferably 50 to 150 words (PCT Rule 8.1(b)).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drawing file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figure label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sequence listing (WIPO ST.26 XML)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested IPC symbols</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example A61K 31/00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Electronic filing format (for the fee reduction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deposit or current account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the payer (card holder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payment by {method} needs {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be the Office of origin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entitlement State {state} does not match the Office of origin {origin}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Designate at least one Contracting Party.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be designated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Contracting Party of the Office of origin ({code}) cannot be designated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class {class} does not exist: Nice classes are 1 to 45.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class {class} lists no goods or services.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the International Bureau may object to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour is claimed but the reproduction of the mark is not in colour.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The United States is designated: annex the declaration of intention to use the mark (MM18).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority from {date} can only be claimed until {deadline} (six months).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the basic application or registration on which the international application is based.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{term}” (class {class}) is not covered by the basic mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Office of origin {origin} accepts international applications in {allowed}, not {language}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The total declared ({declared} {currency}) differs from the fees computed: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A word mark consists of its text only: give the verbal element and no image ({label}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This type of mark needs a representation file ({label}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{office} accepts {allowed} for a {type} mark, not {format}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is {size} bytes; {office} accepts at most {max} bytes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour is claimed: name the colours and where they appear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the office may object to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{office} accepts a reference of at most {max} characters without spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RO/{ro} is not competent: no applicant is a national or resident of {ro} (applicants: {states}). File with RO/IB or the Office of an applicant's State.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The earlier application of {date} is more than 14 months before {filed}: the priority claim is void (the priority period ended {deadline}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The priority period ended on {deadline}: request restoration of the right of priority (possible until {window}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The abstract has {words} words; it should preferably have {min} to {max}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The application needs at least one claim.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claim {number} should be numbered {expected}: claims are numbered consecutively in Arabic numerals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the title of the invention (box I).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file reference has {length} characters; the PCT request allows at most {max}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the nationality and the residence of every applicant ({name}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{states} requires the inventors to be named: mark applicants who are inventors or add the inventors (box III).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sequence listing {name} is not WIPO ST.26 XML (root element: {root}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{symbol} is not a well-formed IPC symbol (for example A61K 31/00).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National trademark application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Application for registration of a trademark at a national or regional office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office and language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fees and payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office of filing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two-letter language code, for example en.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applicant's reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intended filing date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Used for the priority period; the office sets the official filing date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filing basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Required by some offices (United States).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal form (legal entity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State of incorporation (legal entity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verbal element</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The words of the mark exactly as they are to be registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standard characters (no particular font, style or colour)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Representation of the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Image (or sound/video file) as the office accepts for this type of mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour is claimed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colours claimed and where they appear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transliteration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Translation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deposit account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total amount paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The total of the fee quote, in the office's currency.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No keys yet; create one with 'filingassist keys new --name "Your Name"'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>integrity only, no trust anchor given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK: the package is sound.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NOT OK: {count} problem(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Line breaks are not allowed here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a valid e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected a date (YYYY-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected yes or no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected a list of texts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected an attached file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attached file has no valid SHA-256 digest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attached file has no name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attached file has no size or media type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the colour or colours claimed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mark must be the same as the basic mark “{basic}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The applicant must be the holder of the basic mark ({basic}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The reproduction is in colour: claim the colour (item 8) or file a black-and-white reproduction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say who signed the MM18 declaration, or attach it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The basic mark's date ({date}) is after the international application ({filed}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class {class} is not in the basic mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is designated more than once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the number and date of the basic application or registration.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{term}” belongs to class {other}, not class {class}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The earlier filing ({date}) cannot be later than this application ({filed}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class {class} is listed more than once; list its terms under one entry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the empty term from class {class}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount} {currency}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sequence listing must be a WIPO ST.26 XML file, not {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX); they determine the fees.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The earlier application ({date}) cannot be later than the international filing date ({filed}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say how the fees will be paid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The image is {width}×{height} pixels; each side should be {min}-{max} pixels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A word mark cannot claim colour; choose a figurative or combined mark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} is longer than {max} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{value} is not a valid choice for {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}: files of type {type} are not accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}: expected a list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At least {min} of {label} needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {max} of {label} allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} must be at least {min}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} must be at most {max}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
