title     type  list_options
--------  ----  ----------------------
Build     Text
Severity  List  Minor, Major, Critical
