package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
)

func main() {

	url := "{{baseUrl}}/upload"
	method := "POST"

	payload := &bytes.Buffer{}
	writer := multipart.NewWriter(payload)
	_ = writer.WriteField("description", "A text file")
	part2Header := textproto.MIMEHeader{}
	part2Header.Set("Content-Disposition", "form-data; name=\"document\"; filename=\"upload.txt\"")
	part2Header.Set("Content-Type", "text/plain")
	part2, _ := writer.CreatePart(part2Header)
	file2, errFile2 := os.Open("upload.txt")
	if errFile2 != nil {
		fmt.Println(errFile2)
		return
	}
	defer file2.Close()
	_, errFile2 = io.Copy(part2, file2)
	if errFile2 != nil {
		fmt.Println(errFile2)
		return
	}
	_ = writer.WriteField("after", "file")
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
