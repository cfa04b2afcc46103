use strict;
use warnings;
use HTTP::Tiny;

my $boundary = 'snipforge-boundary-7MA4YWxkTrZu0gW';
my @parts = (
    # [name, file name or undef, content type or undef, content]
    ['__proto__', undef, undef, 'f1'],
    ['constructor', undef, undef, 'f2'],
    ['prototype', undef, undef, 'f3'],
    ['toString', undef, undef, 'f4'],
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
my $response = $http->request('POST', '{{baseUrl}}/objects', {
    headers => {
        'Content-Type' => "multipart/form-data; boundary=$boundary",
    },
    content => $content,
});
# HTTP::Tiny reports a request it could not send as status 599, the reason in the content.
die $response->{content} if $response->{status} == 599;
print $response->{content};
