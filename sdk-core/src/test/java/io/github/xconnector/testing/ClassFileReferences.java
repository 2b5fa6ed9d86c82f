package io.github.xconnector.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one compiled class refers to, read from its constant pool: the classes it names and the fields and methods it uses.
 *
 * <p>Every call, including a method reference such as {@code api::getUser}, leaves a method entry in the constant
 * pool, so this sees what the compiler emitted rather than what source text looks like.
 *
 * @param name the class's internal name, e.g. {@code io/github/xconnector/PostsService}
 * @param classes internal names of the classes it names (owners, field and signature types)
 * @param methods the methods it calls, as {@code owner.name} with internal owner names
 */
public record ClassFileReferences(String name, Set<String> classes, Set<String> methods) {

  private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

  /** Reads the references of one {@code .class} file. */
  public static ClassFileReferences read(Path classFile) {
    try {
      return parse(Files.readAllBytes(classFile));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + classFile, e);
    }
  }

  private static ClassFileReferences parse(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.skipBytes(4); // minor and major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    int[][] memberRef = new int[count][]; // {class index, name-and-type index} of field and method entries
    int[] nameIndexOfNameAndType = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 9, 10, 11 -> memberRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 12 -> {
          nameIndexOfNameAndType[i] = in.readUnsignedShort();
          in.skipBytes(2);
        }
        case 3, 4, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // longs and doubles take two slots
        }
        case 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    in.skipBytes(2); // access flags
    String name = utf8[classNameIndex[in.readUnsignedShort()]];

    Set<String> classes = new TreeSet<>();
    Set<String> methods = new TreeSet<>();
    for (int i = 1; i < count; i++) {
      if (classNameIndex[i] != 0) {
        classes.add(utf8[classNameIndex[i]].replaceAll("^\\[+L?|;$", ""));
      }
      if (utf8[i] != null) {
        Matcher type = TYPE_IN_DESCRIPTOR.matcher(utf8[i]);
        while (type.find()) {
          classes.add(type.group(1));
        }
      }
      if (memberRef[i] != null) {
        String owner = utf8[classNameIndex[memberRef[i][0]]];
        methods.add(owner + "." + utf8[nameIndexOfNameAndType[memberRef[i][1]]]);
      }
    }
    classes.remove(name);
    return new ClassFileReferences(name, classes, methods);
  }
}
