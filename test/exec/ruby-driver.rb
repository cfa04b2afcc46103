# Runs Ruby snippets one after another, each as `ruby snippet.rb` would run it.
#
# Reads one JSON line per case on stdin ({"dir": work dir}), forks, and in the child changes to that
# directory and loads <dir>/snippet.rb at top level (a fresh wrapper module: nothing a snippet defines
# reaches the next one); answers one JSON line on stdout: {"ok": bool, "output": what the snippet
# printed, with the error and backtrace when it failed}. ARGV names libraries to require once here,
# before the first case: the snippet's own `require` of them is then a no-op, so a case costs a fork
# instead of an interpreter start and a library load (http.rb alone takes seconds to load).
require "json"

ARGV.each { |library| require library }
protocol = $stdout.dup
$stdin.each_line do |line|
  dir = JSON.parse(line).fetch("dir")
  reader, writer = IO.pipe
  child = fork do
    reader.close
    $stdout.reopen(writer)
    $stderr.reopen(writer)
    begin
      Dir.chdir(dir)
      load File.join(dir, "snippet.rb"), true
      $stdout.flush
      exit!(0)
    rescue SystemExit => error
      $stdout.flush
      exit!(error.status)
    rescue Exception => error
      warn error.full_message(highlight: false)
      $stdout.flush
      $stderr.flush
      exit!(1)
    end
  end
  writer.close
  output = reader.read
  reader.close
  Process.wait(child)
  ok = $?.success?
  protocol.puts(JSON.generate({ ok: ok, output: output.scrub[-4000..] || output.scrub }))
  protocol.flush
end
