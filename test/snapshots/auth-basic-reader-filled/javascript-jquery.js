var settings = {
  "url": "{{baseUrl}}/me",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "Authorization": "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{username}}:{{password}}")))
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
