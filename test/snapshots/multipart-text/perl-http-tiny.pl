use strict;
use warnings;
use HTTP::Tiny;

my $boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
my @parts = (
    # [name, file name or undef, content type or undef, content]
    ['title', undef, undef, 'Hello'],
    ['bio', undef, undef, "line 1\nline 2\r\nline 3"],
    ['name', undef, undef, 'Zoë 😀'],
    ['tag', undef, undef, 'a'],
    ['tag', undef, undef, 'b'],
    ['meta', undef, 'application/json', '{"k":"v"}'],
    ['danger', undef, undef, '"; $(id) #{x} \\(y) \''],
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
