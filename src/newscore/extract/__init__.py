"""Attribution: sources, speakers and statements read from an article's sections."""
