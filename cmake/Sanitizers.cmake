if(PYFW_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer learns from coverage, so every library a fuzz target calls is instrumented too, not
# only the target's own file (which links with -fsanitize=fuzzer, see tests/fuzz).
if(PYFW_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
