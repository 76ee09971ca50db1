# reportlab's barcode widgets import their symbologies by name at run time (importlib), which
# PyInstaller's analysis cannot see; the QR code on the PDF goes through them.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("reportlab.graphics.barcode")
