# Runs Perl snippets one after another, each as `perl snippet.pl` would run it.
#
# Loads the client modules named by the arguments once, then reads one work directory per line on
# stdin. For each, a forked child (a fresh process with the modules already loaded) changes to that
# directory, sends its output to snippet.out and runs snippet.pl with `do`; the answer is one line on
# stdout: "ok" when the snippet ran to its end, "fail" when it died.
use strict;
use warnings;

for my $module (@ARGV) {
    eval "require $module; 1" or die $@;
}
$| = 1;

while (my $dir = <STDIN>) {
    chomp $dir;
    my $pid = fork // die "fork: $!";
    if ($pid == 0) {
        chdir $dir or die "$dir: $!";
        open STDOUT, '>', 'snippet.out' or die "snippet.out: $!";
        open STDERR, '>&', \*STDOUT or die "stderr: $!";
        local $@;
        do './snippet.pl';
        if ($@) {
            print STDERR $@;
            exit 1;
        }
        exit 0;
    }
    waitpid $pid, 0;
    print $? == 0 ? "ok\n" : "fail\n";
}
