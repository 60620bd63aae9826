# Warnings are on for every target of ours; third-party headers come in as system includes.
add_compile_options(-Wall -Wextra -Wno-unused-parameter)
