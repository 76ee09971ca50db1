# Replaces the contributed hook, which collects every lxml submodule (lxml.html, objectify...):
# the program uses lxml.etree only.
hiddenimports = ["lxml.etree", "lxml._elementpath"]
