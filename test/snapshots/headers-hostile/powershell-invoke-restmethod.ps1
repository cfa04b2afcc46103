$headers = [ordered]@{
    'X-Shell' = '"; rm -rf ~; " $(id) `id` #{system(''id'')} \(exploit) ${HOME} ''; require(''child_process'').exec(''id''); '' <?php */ %s'
    'X-Quotes' = '''single'' "double" `back` \back\slash\'
    'X-Interp' = '#{1+1} ${1+1} \(1+1) {$x} $x @x #$x #@x %(x)s {0}'
    'X-Comment' = '*/ /* // # -- <!-- ?>'
}
$request = @{
    Uri = '{{baseUrl}}/echo'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
