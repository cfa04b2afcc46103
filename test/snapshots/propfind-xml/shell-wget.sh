wget --quiet --output-document=- --method=PROPFIND '{{baseUrl}}/dav/' \
--header 'Depth: 1' \
--header 'Content-Type: application/xml' \
--body-data '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
'
