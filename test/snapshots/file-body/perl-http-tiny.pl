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
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
