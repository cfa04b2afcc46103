$form = [ordered]@{
    '__proto__' = 'f1'
    'constructor' = 'f2'
    'prototype' = 'f3'
    'toString' = 'f4'
}
$request = @{
    Uri = '{{baseUrl}}/objects'
    Method = 'Post'
    Form = $form
}
$response = Invoke-WebRequest @request
$response.Content
