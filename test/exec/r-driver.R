# Runs R snippets one after another in this process, as `Rscript snippet.R` would run each.
#
# Reads one work directory per line on stdin, sources <dir>/snippet.R with that directory as the
# working directory (chdir = TRUE) into a fresh environment whose parent is the global one, writes
# what the snippet printed (and the error, when it failed) to <dir>/snippet.out, and answers one line
# on stdout: "ok" or "fail". Packages the first snippet attached stay loaded, so each case after it
# costs no R start and no library load.
protocol <- stdout()
input <- file("stdin", open = "r")
while (length(dir <- readLines(input, n = 1)) == 1) {
  output <- file(file.path(dir, "snippet.out"), open = "w")
  sink(output)
  sink(output, type = "message")
  ok <- tryCatch({
    source(file.path(dir, "snippet.R"), chdir = TRUE, local = new.env(parent = globalenv()))
    TRUE
  }, error = function(error) {
    message("Error: ", conditionMessage(error))
    FALSE
  })
  sink(type = "message")
  sink()
  close(output)
  writeLines(if (ok) "ok" else "fail", protocol)
  flush(protocol)
}
