var fileInputs = $("input[type=file]"); // the files to send, as the user picked them
var settings = {
  "url": "{{baseUrl}}/blobs/upload.txt",
  "method": "PUT",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/octet-stream"
  },
  "processData": false,
  "data": fileInputs[0].files[0] // "upload.txt"
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
