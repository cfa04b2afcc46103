const config = {
  method: "PROPFIND",
  url: "{{baseUrl}}/dav/",
  headers: {
    "Depth": "1",
    "Content-Type": "application/xml"
  },
  data: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
