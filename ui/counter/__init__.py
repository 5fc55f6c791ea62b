"""Office counter mode: a full-screen, step-by-step filing for a walk-in filer.

``window.CounterWindow`` holds one filer's session at a time; ``pages`` are its steps
(generated from the form definition, one section per page), in the filer's language
(``ui.i18n.speaking``) while the staff's controls stay in the staff's; ``printout`` is
what the filer takes away. The core side (configuration, signature record, handover that
wipes the session) is ``filingassist.counter``.
"""
