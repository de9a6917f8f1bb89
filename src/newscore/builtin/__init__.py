"""The formats built into newscore (``newscore.builtin``).

Each module here is a plugin like any third-party one: it implements
:func:`newscore.hookspecs.newscore_register_formats` and imports only public
names from :mod:`newscore`.
"""
