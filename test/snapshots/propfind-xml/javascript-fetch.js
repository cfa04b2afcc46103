const requestOptions = {
  method: "PROPFIND",
  headers: {
    "Depth": "1",
    "Content-Type": "application/xml"
  },
  body: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`
};

fetch("{{baseUrl}}/dav/", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
