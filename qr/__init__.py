"""Deep links, QR images, posters and helmet-sticker sheets.

Submodules (imported explicitly, so ``from qr import links`` stays light):
``links`` (site codes, payloads, deep links), ``images`` (PNG/SVG),
``posters`` (A4 poster, sticker sheets), ``fonts`` (the CJK font choice).
Nothing here imports the rest of the project.
"""
