use strict;
use warnings;
use Mojo::UserAgent;
use Mojo::File qw(path);

my $ua = Mojo::UserAgent->new;
my $tx = $ua->put('{{baseUrl}}/blobs/upload.txt' => {
    'Content-Type' => 'application/octet-stream',
} => path('upload.txt')->slurp);
print $tx->result->body;
