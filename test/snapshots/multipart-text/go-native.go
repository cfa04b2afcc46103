package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
)

func main() {

	url := "{{baseUrl}}/upload"
	method := "POST"

	payload := &bytes.Buffer{}
	writer := multipart.NewWriter(payload)
	_ = writer.WriteField("title", "Hello")
	_ = writer.WriteField("bio", "line 1\nline 2\r\nline 3")
	_ = writer.WriteField("name", "Zoë 😀")
	_ = writer.WriteField("tag", "a")
	_ = writer.WriteField("tag", "b")
	part6Header := textproto.MIMEHeader{}
	part6Header.Set("Content-Disposition", "form-data; name=\"meta\"")
	part6Header.Set("Content-Type", "application/json")
	part6, _ := writer.CreatePart(part6Header)
	_, _ = io.WriteString(part6, "{\"k\":\"v\"}")
	_ = writer.WriteField("danger", "\"; $(id) #{x} \\(y) '")
	err := writer.Close()
	if err != nil {
		fmt.Println(err)
		return
	}

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Set("Content-Type", writer.FormDataContentType())

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
