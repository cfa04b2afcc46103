use strict;
use warnings;
use HTTP::Tiny;

open my $file, '<:raw', 'upload.txt' or die "cannot read the body file: $!";
my $content = do { local $/; <$file> };

my $http = HTTP::Tiny->new;
my $response = $http->request('PUT', '{{baseUrl}}/blobs/upload.txt', {
    headers => {
        'Content-Type' => 'application/octet-stream',
    },
    content => $content,
});
die "$response->{status} $response->{reason}\n" unless $response->{success};
print $response->{content};
