use strict;
use warnings;
use Mojo::UserAgent;

my $ua = Mojo::UserAgent->new;
my $tx = $ua->start($ua->build_tx('PROPFIND' => '{{baseUrl}}/dav/' => {
    'Depth' => '1',
    'Content-Type' => 'application/xml',
} => '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
'));
print $tx->result->body;
