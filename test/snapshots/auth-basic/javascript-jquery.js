var settings = {
  "url": "{{baseUrl}}/me",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ="
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
