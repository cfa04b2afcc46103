$form = [System.Net.Http.MultipartFormDataContent]::new()
$part = [System.Net.Http.StringContent]::new('Hello')
$form.Add($part, 'title')
$part = [System.Net.Http.StringContent]::new(('line 1' + "`n" + 'line 2' + "`r`n" + 'line 3'))
$form.Add($part, 'bio')
$part = [System.Net.Http.StringContent]::new('Zoë 😀')
$form.Add($part, 'name')
$part = [System.Net.Http.StringContent]::new('a')
$form.Add($part, 'tag')
$part = [System.Net.Http.StringContent]::new('b')
$form.Add($part, 'tag')
$part = [System.Net.Http.StringContent]::new('{"k":"v"}')
$part.Headers.ContentType = $null
$part.Headers.TryAddWithoutValidation('Content-Type', 'application/json') | Out-Null
$form.Add($part, 'meta')
$part = [System.Net.Http.StringContent]::new('"; $(id) #{x} \(y) ''')
$form.Add($part, 'danger')
$request = @{
    Uri = '{{baseUrl}}/upload'
    Method = 'Post'
    Body = $form
}
$response = Invoke-RestMethod @request
$response
