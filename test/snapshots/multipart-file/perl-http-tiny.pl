use strict;
use warnings;
use HTTP::Tiny;

my $boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
my @parts = (
    # [name, file name or undef, content type or undef, content]
    ['description', undef, undef, 'A text file'],
    ['document', 'upload.txt', 'text/plain', do { open my $file, '<:raw', 'upload.txt' or die "cannot read a part's file: $!"; local $/; <$file> }],
    ['after', undef, undef, 'file'],
);
my $content = '';
for my $part (@parts) {
    my ($name, $file_name, $type, $data) = @$part;
    $content .= "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"";
    $content .= "; filename=\"$file_name\"" if defined $file_name;
    $content .= "\r\nContent-Type: $type" if defined $type;
    $content .= "\r\n\r\n$data\r\n";
}
$content .= "--$boundary--\r\n";

my $http = HTTP::Tiny->new;
my $response = $http->request('POST', '{{baseUrl}}/upload', {
    headers => {
        'Content-Type' => "multipart/form-data; boundary=$boundary",
    },
    content => $content,
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
