"""Attribution: sources, speakers and statements read from an article's sections."""

from newscore.extract.statements import extract_statements

__all__ = ["extract_statements"]
