# Runs Elixir snippets one after another in this VM, as `elixir snippet.exs` would run each: reads a
# work dir per line on stdin, makes it the current directory, evaluates its snippet.exs in a process
# of its own and prints "SNIPFORGE-DRIVER ok" or "SNIPFORGE-DRIVER fail <Base64 of the error>" on a
# line of its own. inets and ssl, which every snippet starts, stay started.
defmodule SnipforgeDriver do
  def run(dir) do
    {pid, ref} =
      spawn_monitor(fn ->
        File.cd!(dir)
        Code.eval_file("snippet.exs")
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> "ok"
      {:DOWN, ^ref, :process, ^pid, reason} -> "fail " <> Base.encode64(Exception.format_exit(reason))
    end
  end
end

IO.stream(:stdio, :line)
|> Enum.each(fn line -> IO.write("\nSNIPFORGE-DRIVER " <> SnipforgeDriver.run(String.trim_trailing(line, "\n")) <> "\n") end)
