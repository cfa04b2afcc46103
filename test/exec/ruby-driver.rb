# Runs Ruby snippets one after another, each as `ruby snippet.rb` would run it: reads a work dir per
# line on stdin, forks, and in the child makes it the current directory and loads its snippet.rb at top
# level (a fork per case: nothing a snippet defines or sets reaches the next one); then prints
# "SNIPFORGE-DRIVER ok" or "SNIPFORGE-DRIVER fail <Base64 of the error>" on a line of its own (the
# protocol of line-driver.ts). What the snippet prints, its error and backtrace included, goes to stdout.
# ARGV names libraries to require once here, before the first case: the snippet's own `require` of them
# is then a no-op, so a case costs a fork instead of an interpreter start and a gem load (http.rb alone
# takes seconds to load).
ARGV.each { |library| require library }
$stdout.sync = true

$stdin.each_line do |line|
  dir = line.chomp
  child = fork do
    $stderr.reopen($stdout)
    begin
      Dir.chdir(dir)
      load File.join(dir, "snippet.rb"), true
      exit!(0)
    rescue SystemExit => exit_request
      exit!(exit_request.status)
    rescue Exception => error
      $stdout.write(error.full_message(highlight: false))
      exit!(1)
    end
  end
  Process.wait(child)
  result = $?.success? ? "ok" : "fail " + ["snippet.rb ended with #{$?}"].pack("m0")
  $stdout.write("\nSNIPFORGE-DRIVER " + result + "\n")
end
