"""The reference office server: receives tus uploads, files packages, signs receipts.

An optional part (``pip install filingassist[office]``): it needs FastAPI, uvicorn and
tuspyserver, which the desktop client never imports.
"""
