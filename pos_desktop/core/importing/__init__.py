"""Reading HR and catalogue files into the store: the file reader (tabular), the column
mapping, the shared report and product import (imports), the staff import and its row rules,
and HR's words for statuses and employment types."""
